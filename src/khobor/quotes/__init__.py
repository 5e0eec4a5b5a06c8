"""Quote attribution engine: quote marks, the compiled quote grammar of a language, speakers."""
