"""TownKG: turn Chinese local-government documents into an RDF knowledge graph.

The library API mirrors the command line: ``ingest`` reads documents,
``extract`` finds facts, ``rdfize`` turns them into a graph, ``validate``
checks it against the SHACL shapes.
"""
__version__ = "0.1.0"


def pipeline():
    """The extraction pipeline, a spaCy ``Language`` (``nlp(text).spans`` holds the facts; see kg.extract)."""
    from kg.extract import pipeline as _pipeline

    return _pipeline()
