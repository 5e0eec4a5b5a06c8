"""What the API answers, as pydantic models: they make the OpenAPI schema (/openapi.json)."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field


class ArticleSummary(BaseModel):
    id: str
    url: Optional[str] = None
    outlet: Optional[str] = None
    language: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None


class CopyOut(ArticleSummary):
    similarity: Optional[float] = None  # None for the report's first article


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next: Optional[str] = None


class SearchHit(ArticleSummary):
    snippet: str
    score: float


class SearchPage(BaseModel):
    items: list[SearchHit]
    next: Optional[str] = None


class ActorRef(BaseModel):
    id: str
    name: Optional[str] = None
    country: Optional[str] = None


class TriggerOut(BaseModel):
    start: Optional[int] = None
    end: Optional[int] = None
    text: Optional[str] = None


class EventOut(BaseModel):
    article_id: str
    n: int
    type: str
    mode: Optional[str] = None
    modality: Optional[str] = None
    confidence: Optional[float] = None
    date: Optional[str] = Field(None, description="As coded: a day, a month, or a partial value such as XXXX-09-12")
    day: Optional[str] = Field(None, description="The date when it is a whole day, else the article's; what "
                               "since/until compare")
    location_country: Optional[str] = None
    trigger: TriggerOut
    language: Optional[str] = None
    actors: list[ActorRef]
    recipients: list[ActorRef]
    title: Optional[str] = None
    published: Optional[str] = None


class EventPage(BaseModel):
    items: list[EventOut]
    next: Optional[str] = None


class SpeakerOut(BaseModel):
    text: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None


class QuoteOut(BaseModel):
    article_id: str
    n: int
    kind: Optional[str] = None
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    cue: Optional[str] = None
    speaker: SpeakerOut
    day: Optional[str] = Field(None, description="The article's publication date")
    language: Optional[str] = None
    title: Optional[str] = None


class QuotePage(BaseModel):
    items: list[QuoteOut]
    next: Optional[str] = None


class CoActor(BaseModel):
    id: str
    name: Optional[str] = None
    articles: int


class ActorOut(BaseModel):
    id: str
    name: Optional[str] = None
    country: Optional[str] = None
    mentions: int
    articles: int
    events: int
    quotes: int
    co_actors: list[CoActor]


class TimelineEvent(EventOut):
    item: Literal["event"]


class TimelineQuote(QuoteOut):
    item: Literal["quote"]


class Timeline(BaseModel):
    actor: str
    items: list[TimelineEvent | TimelineQuote]
    next: Optional[str] = None


class Problem(BaseModel):
    parameter: str
    message: str


class ErrorOut(BaseModel):
    error: str
    problems: list[Problem] = []


# -- stories (khobor.organise.read) --------------------------------------------------------------
class StorySummary(BaseModel):
    id: int  # the stored doc number of the story's first article
    title: Optional[str] = None
    articles: int
    languages: list[str]
    outlets: list[str]
    first_day: Optional[str] = None
    last_day: Optional[str] = None


class StoryPage(BaseModel):
    items: list[StorySummary]
    next: Optional[str] = None


class StoryArticle(ArticleSummary):
    day: Optional[str] = None  # published, else the day it was stored
    score: Optional[float] = None  # the similarity it joined the story with; None for the first


class NamedActor(BaseModel):
    id: str
    name: Optional[str] = None


class StoryEvent(BaseModel):
    type: str
    date: Optional[str] = None
    actors: list[NamedActor]
    recipients: list[NamedActor]
    mentions: int  # how many times the articles of the story report it
    articles: int
    sources: int  # distinct outlets
    triggers: dict[str, list[str]]  # language -> the words that triggered it


class StoryOut(StorySummary):
    items: list[StoryArticle]
    events: list[StoryEvent]
