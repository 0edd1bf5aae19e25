#!/usr/bin/env python3
"""The pyoxigraph anchors of the scale benchmark, one operation per process (run.py measures its time and
peak RSS from outside):

    pyox_anchor.py bulk-load STORE_DIR FILE.nq   # Store(STORE_DIR).bulk_load(path=FILE.nq, format=N_QUADS)
    pyox_anchor.py dump STORE_DIR OUT.nq         # Store.read_only(STORE_DIR).dump(output=OUT.nq, format=N_QUADS)

Prints one JSON object: the seconds spent in the operation itself (without interpreter start-up).
"""

import json
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[1] not in ("bulk-load", "dump"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        from pyoxigraph import RdfFormat, Store
    except ImportError:
        print("pyox_anchor: pyoxigraph is not installed (pip install -r requirements-dev.txt)", file=sys.stderr)
        return 3
    op, store_dir, path = argv[1], argv[2], argv[3]
    started = time.perf_counter()
    try:
        if op == "bulk-load":
            store = Store(store_dir)
            store.bulk_load(path=path, format=RdfFormat.N_QUADS)
            store.flush()
        else:
            store = Store.read_only(store_dir)
            store.dump(output=path, format=RdfFormat.N_QUADS)
    except (OSError, SyntaxError, ValueError) as e:
        print(f"pyox_anchor: {op} {store_dir} {path}: {e}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(json.dumps({"op": op, "seconds": round(seconds, 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
