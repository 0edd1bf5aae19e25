//! Evaluation against gold annotations (a port of `shared/eval/score.py`).
