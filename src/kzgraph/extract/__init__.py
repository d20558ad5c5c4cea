"""The extractor: text -> mentions -> entities -> statements, pure stages over frozen values.

``pipeline`` chains the stages; ``text`` (normalising, sentences, offsets), ``mentions`` and the
rule modules beside it (names (persons), regions, numbers, dates and months, changes ("from 400,000
to 600,000 t"), organizations (with orgnames: what a name says, its kind and core), called,
programs, projects, markers (the status a clause's words give a project), facilities, passing (a
facility named in passing is no project), lines (a production line a sentence adds), merging (which
project mentions are one project), sectors, with ``rules.json`` and ``products.jsonl``),
``entities`` (canonical keys and IRIs) and ``aliases`` ("X" named again for "X Group"),
``statements``, ``sentenced`` (the company a project's sentence names for it), ``relations``,
``later`` (a project's company a later sentence gives), ``statuses``, ``places``, ``context``,
``ours``, ``trailing`` and ``fields`` (statements the ontology allows; ``places``: where a project
is, also from a town the text places in a region; ``context``: what the sentences around a project
say of it; ``ours``: the company "we", "the group" or an owner's word stands for; ``trailing``: a
company written after a project's words; ``fields``: what a report gives under a label, "Jobs: 420",
"Status: ...", "Investor: X"; ``handed``: the business a sentence hands a project to, a group's part
or a stake's buyer), ``clauses`` (a business in a clause of its own is not a project's company),
``language`` and ``ruler`` (the spaCy model and the gazetteers on top of it), ``parse`` (the model's
names, cleaned and typed) and ``builders`` (the organizations the parse shows building a facility),
``owned`` (a name the model calls a person that owns a facility: "a plant of Taraz Polymer" is a
business's), ``surnamed`` (a name the model calls an organization that is a person's: "Gaukhar
Tleubayeva"), ``terms`` (a heading or a term's acronym the model calls an organization);
``alternation``, ``scan`` (one pass over a text's words, shared by the finders: their patterns are
tried only at the words they can start with) and ``reference`` serve them all. No I/O but reading
its own data files.

May import: the base modules (``kzgraph.errors``, ``model``, ``namespaces``, ``reference``,
``schema``) only.
"""
