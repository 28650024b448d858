// OWL 2 DL check of one ontology file, run by tests/test_ontology.py as
// `java -cp HermiT.jar OwlDlCheck.java FILE` (Java 11+ runs a single source file).
// HermiT.jar ships inside the owlready2 wheel and bundles the OWL API.
// Two checks, because each misses what the other sees:
//  - the OWL API's OWL2DLProfile: structural restrictions (declarations, punning, ...);
//  - HermiT, which accepts only the OWL 2 datatype map (it refuses xsd:gYear, xsd:date ...).
// Output: one "profile: ..." line per violation, then "hermit: ok" or "hermit: <error>".
import java.io.File;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class OwlDlCheck {
    public static void main(String[] args) throws Exception {
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new File(args[0]));
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(o).getViolations()) {
            System.out.println("profile: " + v.toString().replace('\n', ' '));
        }
        try {
            boolean consistent = new Reasoner(new Configuration(), o).isConsistent();
            System.out.println(consistent ? "hermit: ok" : "hermit: inconsistent");
        } catch (Exception e) {
            System.out.println("hermit: " + e.toString().replace('\n', ' '));
        }
    }
}
