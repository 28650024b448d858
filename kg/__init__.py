"""TownKG: turn Chinese local-government documents into an RDF knowledge graph.

The library API mirrors the command line: ``ingest`` reads documents,
``extract`` finds facts, ``rdfize`` turns them into a graph, ``validate``
checks it against the SHACL shapes.
"""
__version__ = "0.1.0"
