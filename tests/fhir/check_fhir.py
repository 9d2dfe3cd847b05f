"""Validates the FHIR samples written by `cargo test --test fhir` with an independent library.

Usage: check_fhir.py DIR

Each questionnaire-*.json must parse as a FHIR Questionnaire and each response-*.json as a
QuestionnaireResponse with the `fhir.resources` models (FHIR R4B, 4.3.0: Questionnaire and
QuestionnaireResponse are the same as in R4 for every element used here; the package's 8.x
line ships R5 and R4B, not R4). The models refuse unknown elements, wrong types and wrong
cardinalities. On top of them this script checks the rules of the FHIR specification that
the models leave to a profile validator: no empty values in JSON, unique linkIds, the que-*
invariants that apply, and that every response item exists in the questionnaire, under the
same group, with answers of the item's type and codes from its answer options.
"""

import json
import sys
from pathlib import Path

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

ANSWER_KEY = {
    "boolean": "valueBoolean",
    "integer": "valueInteger",
    "date": "valueDate",
    "choice": "valueCoding",
}
# The models read JSON leniently (pydantic's lax mode takes "no" for false), so the JSON types
# of answers are checked here as well.
JSON_TYPE = {
    "valueBoolean": bool,
    "valueInteger": int,
    "valueDate": str,
    "valueCoding": dict,
}
ENABLE_KEY = {
    "boolean": "answerBoolean",
    "integer": "answerInteger",
    "date": "answerDate",
    "choice": "answerCoding",
}


def no_empty_values(value, where, errors):
    """FHIR JSON: no nulls, empty strings, empty lists or empty objects anywhere."""
    if value is None or value == "" or value == [] or value == {}:
        errors.append(f"{where}: empty value")
    elif isinstance(value, dict):
        for key, child in value.items():
            no_empty_values(child, f"{where}.{key}", errors)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            no_empty_values(child, f"{where}[{i}]", errors)


def walk(items, parent=None):
    """Every item with its parent's linkId, depth first."""
    for item in items or []:
        yield item, parent
        yield from walk(item.get("item"), item["linkId"])


def check_questionnaire(q, errors):
    seen = {}
    for item, parent in walk(q.get("item")):
        link = item["linkId"]
        if link in seen:
            errors.append(f"{link}: linkId used twice")
        seen[link] = (item, parent)
    for link, (item, _) in seen.items():
        kind = item["type"]
        if kind == "group" and not item.get("item"):
            errors.append(f"{link}: a group without items (que-1)")
        if kind == "display" and ("required" in item or "repeats" in item or item.get("item")):
            errors.append(f"{link}: a display item with required, repeats or items (que-1, que-6)")
        if "answerOption" in item and kind not in ("choice", "open-choice"):
            errors.append(f"{link}: answerOption on a {kind} item (que-4, que-5)")
        when = item.get("enableWhen", [])
        if len(when) > 1 and "enableBehavior" not in item:
            errors.append(f"{link}: several enableWhen without enableBehavior (que-12)")
        for condition in when:
            target = seen.get(condition["question"])
            if target is None:
                errors.append(f"{link}: enableWhen names no item {condition['question']!r}")
                continue
            key = ENABLE_KEY.get(target[0]["type"])
            if key is None or key not in condition:
                errors.append(f"{link}: enableWhen answer does not match {condition['question']}'s type (que-7)")
    return seen


def check_response(r, q, items, errors):
    canonical = f"{q['url']}|{q['version']}"
    if r.get("questionnaire") != canonical:
        errors.append(f"questionnaire is {r.get('questionnaire')!r}, expected {canonical!r}")
    for item, parent in walk(r.get("item")):
        link = item["linkId"]
        if link not in items:
            errors.append(f"{link}: no such linkId in the questionnaire")
            continue
        q_item, q_parent = items[link]
        if parent != q_parent:
            errors.append(f"{link}: under {parent!r} here, under {q_parent!r} in the questionnaire")
        answers = item.get("answer", [])
        if q_item["type"] == "group":
            if answers or not item.get("item"):
                errors.append(f"{link}: a group must hold items, not answers")
            continue
        if not answers:
            errors.append(f"{link}: a question item without an answer")
        if len(answers) > 1 and not q_item.get("repeats"):
            errors.append(f"{link}: several answers to an item that does not repeat")
        key = ANSWER_KEY[q_item["type"]]
        codes = {o["valueCoding"]["code"]: o["valueCoding"]["system"] for o in q_item.get("answerOption", [])}
        for answer in answers:
            if list(answer) != [key]:
                errors.append(f"{link}: answer {answer} is not a {key}")
            elif type(answer[key]) is not JSON_TYPE[key]:
                errors.append(f"{link}: {key} {answer[key]!r} has the wrong JSON type")
            elif key == "valueCoding" and codes.get(answer[key]["code"]) != answer[key]["system"]:
                errors.append(f"{link}: {answer[key]} is not one of the item's answer options")


def validate(model, data, errors):
    try:
        model.model_validate(data)
    except Exception as e:  # the library's ValidationError lists every problem it found
        errors.append(f"{model.__name__}: {e}")


def main(directory):
    root = Path(directory)
    questionnaires = {}
    failures = 0
    for path in sorted(root.glob("questionnaire-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        errors = []
        validate(Questionnaire, data, errors)
        no_empty_values(data, "Questionnaire", errors)
        items = check_questionnaire(data, errors)
        questionnaires[data["language"]] = (data, items)
        failures += report(path, errors)
    responses = sorted(root.glob("response-*.json"))
    for path in responses:
        data = json.loads(path.read_text(encoding="utf-8"))
        errors = []
        validate(QuestionnaireResponse, data, errors)
        no_empty_values(data, "QuestionnaireResponse", errors)
        q, items = questionnaires[data["language"]]
        check_response(data, q, items, errors)
        failures += report(path, errors)
    if not questionnaires or not responses:
        print(f"no samples in {root}: run cargo test first", file=sys.stderr)
        return 1
    print(f"{len(questionnaires)} questionnaires and {len(responses)} responses checked, {failures} failed")
    return 1 if failures else 0


def report(path, errors):
    for error in errors:
        print(f"{path.name}: {error}", file=sys.stderr)
    print(f"{'FAIL' if errors else 'ok'}  {path.name}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
