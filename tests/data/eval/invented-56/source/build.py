"""Build invented set 56 (articles.jsonl + gold/) from a1..a4.py and check every span: each entity form, alias, statement part (direct parts bounded by quotation marks), cue, agreement text and place occurs in the text; speakers and parties are gold entities. Run: python3 source/build.py"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from gold_builder import build  # noqa: E402

build(HERE, "invented for newsgraph (issue 9, session 18, set 56)", 4)
