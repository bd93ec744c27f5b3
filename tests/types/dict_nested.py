# Nested dicts and lists as records.
people = {
    "ann": {"age": 31, "langs": ["python", "rust"]},
    "bob": {"age": 25, "langs": []},
}
people["bob"]["langs"].append("c")
people["cy"] = {"age": 40, "langs": ["go"]}
for name in people:
    p = people[name]
    print(name, p["age"], len(p["langs"]), p["langs"])
ages = [people[n]["age"] for n in people]
print(sum(ages), max(ages))
print(people)
