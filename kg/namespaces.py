"""Every ontology term the code uses, in one place (see ontology/townkg.ttl)."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

TK = Namespace("https://w3id.org/townkg/ontology#")
TKR = Namespace("https://w3id.org/townkg/id/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
CUR = Namespace("http://qudt.org/vocab/currency/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES = {
    "tk": TK, "tkr": TKR, "unit": UNIT, "cur": CUR, "qudt": QUDT,
    "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS,
    "xsd": XSD, "owl": OWL,
}

# Classes of the named things that are not the core ones; keys are the
# ``kind`` strings the extractor assigns.
ENTITY_CLASS = {
    "town": TK.Town, "district": TK.District, "city": TK.City, "province": TK.Province,
    "enterprise": TK.Enterprise, "program": TK.Program, "honor": TK.Honor,
    "indicator": TK.Indicator, "park": TK.Park, "river": TK.River, "road": TK.Road,
    "school": TK.School, "hospital": TK.Hospital, "university": TK.University,
    "industrial_park": TK.IndustrialPark, "project": TK.Project,
    "compound": TK.ResidentialCompound, "business_district": TK.BusinessDistrict,
    "village": TK.Village, "organization": TK.Organization, "entity": TK.NamedThing,
}

AREA_KINDS = ("province", "city", "district", "town", "village")


def bind(graph) -> None:
    """Bind the project's prefixes on an rdflib graph or dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
