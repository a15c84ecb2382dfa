#!/usr/bin/env python3
"""Writes a synthetic blog of N Markdown posts for benchmarks.

Usage: make_corpus.py N OUTPUT_DIR

Every post has YAML front matter (title, date, tags, author, image, description), about
800 words of Markdown with headings, lists, a table, a code block and links to other posts.
The text comes from a fixed seed, so the same N gives the same files.
"""
import os
import random
import sys

WORDS = ("build feed reader sitemap markdown page release change test plugin maven "
         "project index search crawler engine format date time zone link image content "
         "author tag version output input render parse write read cache memory thread "
         "fast slow large small error warning value key file folder path url host").split()


def sentence(rng, length):
    words = [rng.choice(WORDS) for _ in range(length)]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(3, 6)))


def post(rng, index, count):
    year = 2010 + index * 15 // max(count, 1)
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    other = rng.randrange(count)
    tags = ", ".join(sorted({rng.choice(WORDS) for _ in range(3)}))
    body = [
        paragraph(rng),
        "",
        f"## {sentence(rng, 4)[:-1]}",
        "",
        paragraph(rng),
        "",
        f"See [an earlier post](post-{other:06d}.md#details) and ![a chart](img/chart-{index}.png).",
        "",
        "- " + sentence(rng, 6),
        "- " + sentence(rng, 7),
        "- " + sentence(rng, 5),
        "",
        "| key | value |",
        "|-----|-------|",
        f"| index | {index} |",
        f"| other | {other} |",
        "",
        "```java",
        f"int answer = {index} * 2;",
        "```",
        "",
        "### Details",
        "",
    ]
    body += [paragraph(rng) + "\n" for _ in range(6)]
    return (
        "---\n"
        f"title: \"{sentence(rng, 6)[:-1]} {index}\"\n"
        f"date: {year:04d}-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z\n"
        f"description: \"{sentence(rng, 14)}\"\n"
        f"tags: [{tags}]\n"
        "author: Bench Writer\n"
        f"image: img/cover-{index}.png\n"
        "---\n" + "\n".join(body)
    )


def main():
    count = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261204)
    for index in range(count):
        with open(os.path.join(out, f"post-{index:06d}.md"), "w", encoding="utf-8") as f:
            f.write(post(rng, index, count))


if __name__ == "__main__":
    main()
