#!/usr/bin/env python3
"""Propose candidate article pairs from ../shared/corpus/news-dev for a human to read and label.

    python3 eval/stories/candidates.py [--shared ../shared] > /tmp/candidates.tsv

Prints `score kind a b` lines (ids only; no article text). Kinds:
- `mono`: same script language; cosine of TF-IDF vectors over word tokens of the headline and
  the first 600 characters of the text, plus Jaccard of character 5-grams of the whole text
  (near copies);
- `cross`: one Bengali and one English article; overlap of hand-listed bn/en concept keys
  (names, places, organisations, a few event words, written for this script) and of the
  numbers both mention (Bengali digits mapped to ASCII), on the same or a neighbouring day.
The candidates are only a reading list: every pair was read and labelled by hand, and hard
negatives were also picked by hand from pairs sharing actors but not the happening.
"""
import argparse, json, math, re, collections
from pathlib import Path

BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
# concept key: (Bengali stems, English stems)
CONCEPTS = {
 "tarique": (["তারেক"], ["tarique"]), "khaleda": (["খালেদা", "বেগম জিয়া"], ["khaleda", "begum zia"]),
 "hadi": (["হাদি"], ["hadi"]), "jamaat": (["জামায়াত", "জামাত"], ["jamaat"]), "ncp": (["এনসিপি"], ["ncp"]),
 "bnp": (["বিএনপি"], ["bnp"]), "shahbagh": (["শাহবাগ"], ["shahbagh"]), "inqilab": (["ইনকিলাব", "ইনকিলাব মঞ্চ"], ["inqilab", "inquilab"]),
 "nahid": (["নাহিদ"], ["nahid"]), "mahfuj": (["মাহফুজ"], ["mahfuj", "mahfuz alam"]), "asif": (["আসিফ মাহমুদ"], ["asif mahmud"]),
 "fakhrul": (["ফখরুল"], ["fakhrul"]), "yunus": (["ইউনূস", "প্রধান উপদেষ্টা"], ["yunus", "chief adviser"]),
 "evercare": (["এভারকেয়ার"], ["evercare"]), "keraniganj": (["কেরানীগঞ্জ"], ["keraniganj"]), "teknaf": (["টেকনাফ"], ["teknaf"]),
 "karwan": (["কারওয়ান", "কাওরান"], ["karwan"]), "manna": (["মান্না"], ["manna"]), "gafargaon": (["গফরগাঁও"], ["gafargaon"]),
 "mymensingh": (["ময়মনসিংহ"], ["mymensingh"]), "prothomalo": (["প্রথম আলো"], ["prothom alo"]), "dailystar": (["ডেইলি স্টার"], ["daily star"]),
 "chhayanaut": (["ছায়ানট"], ["chhayanaut"]), "faisal": (["ফয়সাল"], ["faisal"]), "meghalaya": (["মেঘালয়"], ["meghalaya"]),
 "zubayer": (["জুবায়ের"], ["zubayer"]), "chiefjustice": (["প্রধান বিচারপতি"], ["chief justice"]), "somaliland": (["সোমালিল্যান্ড"], ["somaliland"]),
 "taiwan": (["তাইওয়ান"], ["taiwan"]), "zelensky": (["জেলেনস্কি"], ["zelensky"]), "trump": (["ট্রাম্প"], ["trump"]), "putin": (["পুতিন"], ["putin"]),
 "jara": (["তাসনিম জারা"], ["tasnim jara", "jara"]), "hasnat": (["হাসনাত"], ["hasnat"]), "samantha": (["সামান্তা"], ["samantha"]),
 "rumeen": (["রুমিন"], ["rumeen"]), "bobby": (["ববি হাজ্জাজ"], ["bobby hajjaj"]), "modi": (["মোদি"], ["modi"]), "india": (["ভারত"], ["india"]),
 "pakistan": (["পাকিস্তান"], ["pakistan"]), "zaki": (["জাকি"], ["zaki"]), "bpl": (["বিপিএল"], ["bpl"]), "jeju": (["জেজু"], ["jeju"]),
 "myanmar": (["মিয়ানমার"], ["myanmar"]), "nepal": (["নেপাল"], ["nepal"]), "syria": (["সিরিয়া"], ["syria"]), "stmartin": (["সেন্টমার্টিন", "সেন্ট মার্টিন"], ["st martin"]),
 "meghna": (["মেঘনা"], ["meghna"]), "bhashani": (["ভাসানী"], ["bhashani"]), "zaima": (["জাইমা"], ["zaima"]), "jebu": (["জেবু"], ["jebu", "zebu"]),
 "dengue": (["ডেঙ্গু"], ["dengue"]), "rohingya": (["রোহিঙ্গা"], ["rohingya"]), "jnu": (["জকসু", "জগন্নাথ"], ["jnucsu", "jnu"]),
 "noakhali": (["নোয়াখালী"], ["noakhali"]), "khulna": (["খুলনা"], ["khulna"]), "chattogram": (["চট্টগ্রাম"], ["chattogram", "ctg"]),
 "cumilla": (["কুমিল্লা"], ["cumilla"]), "bogura": (["বগুড়া"], ["bogura", "bogra"]), "gulshan": (["গুলশান"], ["gulshan"]),
 "ziaur": (["জিয়াউর"], ["ziaur"]), "verma": (["প্রণয় ভার্মা"], ["pranay verma"]), "visa": (["ভিসা"], ["visa"]), "delhi": (["দিল্লি"], ["delhi"]),
 "hajj": (["হজ"], ["hajj"]), "gold": (["স্বর্ণ", "সোনার দাম"], ["gold"]), "messi": (["মেসি"], ["messi"]), "ronaldo": (["রোনালদো"], ["ronaldo"]),
 "kyrgios": (["কিরগিওস"], ["kyrgios"]), "salah": (["সালাহ"], ["salah"]), "mbappe": (["এমবাপে"], ["mbappe"]), "morocco": (["মরক্কো"], ["morocco"]),
 "ashes": (["অ্যাশেজ"], ["ashes"]), "referendum": (["গণভোট"], ["referendum"]), "nomination": (["মনোনয়ন"], ["nomination"]),
 "postal": (["পোস্টাল"], ["postal ballot"]), "janaza": (["জানাজা"], ["janaza"]), "mourning": (["শোক"], ["mourning", "condolence", "mourn"]),
 "fog": (["কুয়াশা"], ["fog"]), "launch": (["লঞ্চ"], ["launch"]), "train": (["ট্রেন", "রেল"], ["train", "rail"]), "cold": (["শীত"], ["cold"]),
 "derail": (["লাইনচ্যুত"], ["derail"]), "extortion": (["চাঁদাবাজ"], ["extortion"]), "blockade": (["অবরোধ"], ["blockade"]),
 "alliance": (["জোট"], ["alliance"]), "seatshare": (["আসন ভাগাভাগি", "আসন সমঝোতা"], ["seat-sharing", "seat sharing"]),
 "ec": (["নির্বাচন কমিশন", "ইসি"], ["election commission", " ec "]), "dhaka17": (["ঢাকা-১৭"], ["dhaka-17"]), "bogra7": (["বগুড়া-৭"], ["bogra-7", "bogura-7"]),
 "abparty": (["এবি পার্টি"], ["ab party"]), "jasad": (["জাসদ"], ["jasad"]), "workersparty": (["ওয়ার্কার্স পার্টি"], ["workers party"]),
 "parwar": (["পরওয়ার"], ["parwar"]), "shafiqur": (["শফিকুর"], ["shafiqur", "jamaat ameer"]), "salahuddin": (["সালাহউদ্দিন"], ["salahuddin"]),
 "shafiqul": (["শফিকুল"], ["shafiqul"]), "jahangir": (["জাহাঙ্গীর"], ["jahangir"]), "semiconductor": (["সেমিকন্ডাক্টর"], ["semiconductor"]),
 "israel": (["ইসরায়েল"], ["israel"]), "ukraine": (["ইউক্রেন"], ["ukraine"]), "china": (["চীন"], ["china"]), "us": (["যুক্তরাষ্ট্র", "মার্কিন"], ["us ", "united states"]),
 "sylhet": (["সিলেট"], ["sylhet"]), "rajshahi": (["রাজশাহী"], ["rajshahi"]), "rangpur": (["রংপুর"], ["rangpur"]), "ashulia": (["আশুলিয়া"], ["ashulia"]),
 "bgb": (["বিজিবি"], ["bgb"]), "dmp": (["ডিএমপি"], ["dmp"]), "cid": (["সিআইডি"], ["cid"]), "hasina": (["হাসিনা"], ["hasina"]), "awami": (["আওয়ামী"], ["awami"]),
 "jatiyaparty": (["জাতীয় পার্টি"], ["jatiya party"]), "press": (["প্রেস সচিব"], ["press secretary"]), "homeadv": (["স্বরাষ্ট্র উপদেষ্টা"], ["home adviser", "home affairs adviser"]),
}

def lang(t):
    return "bn" if len(re.findall(r"[\u0980-\u09ff]", t)) > len(re.findall(r"[A-Za-z]", t)) else "en"

def concepts(r):
    t = ((r["headline"] or "") + " " + (r["text"] or "")[:1500]).lower()
    side = 0 if r["L"] == "bn" else 1
    return {k for k, v in CONCEPTS.items() if any(s in t for s in v[side])}

def numbers(r):
    t = ((r["headline"] or "") + " " + (r["text"] or "")[:1500]).translate(BN_DIGITS).replace(",", "")
    return {n for n in re.findall(r"\d+", t) if len(n) >= 2 and n not in {"2025", "2024", "2026", "25", "24"}}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2].parent / "shared"))
    ap.add_argument("--top", type=int, default=1500)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(Path(a.shared) / "corpus/news-dev/articles.jsonl", encoding="utf-8") if l.strip()]
    for r in rows:
        r["L"] = lang((r["headline"] or "") + (r["text"] or ""))
        r["day"] = (r["publication_date"] or r["scraped_at"] or "")[:10]
    # mono: TF-IDF cosine
    toks = {}
    for r in rows:
        t = ((r["headline"] or "") + " " + (r["headline"] or "") + " " + (r["text"] or "")[:600]).lower()
        toks[r["id"]] = collections.Counter(re.findall(r"[\w\u0980-\u09ff]+", t))
    df = collections.Counter(w for c in toks.values() for w in c)
    N = len(rows)
    vec = {}
    for i, c in toks.items():
        v = {w: n * math.log(N / df[w]) for w, n in c.items() if df[w] < N * 0.2}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vec[i] = {w: x / norm for w, x in v.items()}
    grams = {r["id"]: {(r["text"] or "")[k:k + 5] for k in range(0, max(0, len(r["text"] or "") - 4))} for r in rows}
    out = []
    for x in range(N):
        for y in range(x + 1, N):
            A, B = rows[x], rows[y]
            if A["L"] == B["L"]:
                va, vb = vec[A["id"]], vec[B["id"]]
                cos = sum(w * vb.get(k, 0) for k, w in va.items())
                ga, gb = grams[A["id"]], grams[B["id"]]
                jac = len(ga & gb) / (len(ga | gb) or 1)
                s = max(cos, jac)
                if s > 0.12:
                    out.append((s, "mono", *sorted([A["id"], B["id"]])))
            else:
                ca, cb = concepts(A), concepts(B)
                inter = ca & cb
                if len(inter) < 2:
                    continue
                s = len(inter) / (len(ca | cb) or 1) + 0.1 * len(numbers(A) & numbers(B))
                out.append((s, "cross", *sorted([A["id"], B["id"]])))
    out.sort(reverse=True)
    for s, k, i, j in out[: a.top * 3]:
        print(f"{s:.3f}\t{k}\t{i}\t{j}")

main()
