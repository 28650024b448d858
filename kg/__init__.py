"""TownKG: turn Chinese local-government documents into an RDF knowledge graph.

For notebooks and scripts (see ``kg.api``)::

    import kg
    g = kg.build(["reports/"])            # .txt .md .html .pdf .docx files or folders
    g.query("SELECT ?s ?o WHERE { ?s tk:receivedHonor ?o }").to_pandas()
    g.facts()                             # one row per fact, with its evidence
    g.save("graph.ttl"); g = kg.load("graph.ttl")

The stages are modules of their own: ``kg.ingest`` reads documents,
``kg.extract`` finds facts, ``kg.rdfize`` turns them into RDF, ``kg.build``
streams them into an Oxigraph store, ``kg.query`` runs SPARQL, ``kg.validate``
checks the SHACL shapes; ``kg.pipeline()`` is the spaCy extraction pipeline.

``import kg`` loads nothing heavy: rdflib, Oxigraph and spaCy are imported
when a function needs them.
"""
import sys as _sys
import types as _types

__version__ = "0.1.0"
__all__ = ["build", "load", "Graph", "Rows", "pipeline", "__version__"]


class _BuildModule(_types.ModuleType):
    """``kg.build`` is the build stage's module and, called, the notebook function ``kg.api.build``.

    Importing the submodule ``kg.build`` (as the command line does) makes
    Python set the package attribute ``kg.build`` to the module; making that
    module callable keeps ``kg.build([...])`` working whichever came first.
    """

    def __call__(self, inputs, **options):
        from kg.api import build

        return build(inputs, **options)


class _Package(_types.ModuleType):
    def __setattr__(self, name, value):
        if name == "build" and isinstance(value, _types.ModuleType) and not isinstance(value, _BuildModule):
            value.__class__ = _BuildModule
        super().__setattr__(name, value)


def load(path):
    """Open a graph file (any RDF format) or a store folder as a ``kg.Graph`` (see ``kg.api.load``)."""
    from kg.api import load as _load

    return _load(path)


def pipeline():
    """The extraction pipeline, a spaCy ``Language`` (``nlp(text).spans`` holds the facts; see kg.extract)."""
    from kg.extract import pipeline as _pipeline

    return _pipeline()


def __getattr__(name):
    # imported on first use, so that "import kg" stays light
    if name == "build":
        import importlib

        return importlib.import_module("kg.build")
    if name in ("Graph", "Rows"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


_sys.modules[__name__].__class__ = _Package
