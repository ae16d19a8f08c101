package dev.skyloom.export.terraform;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.fixtures.HostileText;
import java.util.ArrayList;
import java.util.List;

/** A design whose names and ids try the injection and encoding tricks the exporters must survive. */
public final class HostileDesign {
    /** The shared hostile list; the design below uses its first twelve. */
    private static final List<String> NAMES = HostileText.ALL;

    private HostileDesign() {}

    public static Design create() {
        List<Component> c = new ArrayList<>();
        c.add(new Component.Provider("aws\"}", NAMES.get(0), "aws", java.util.Map.of()));
        c.add(TestDesigns.region("r${x}", "aws\"}", "us-east-1").withName(NAMES.get(1)));
        c.add(TestDesigns.pool("p%{a}", "r${x}", "p5.48xlarge", 2).withName(NAMES.get(2)));
        c.add(TestDesigns.pool("p\"}resource", "r${x}", "p4d.24xlarge\"\n}", 1).withName(NAMES.get(4)));
        c.add(TestDesigns.storage("s=1", "r${x}", NAMES.get(5), "object", "1", List.of()));
        c.add(TestDesigns.storage("s@2", "r${x}", NAMES.get(9), "object", "1", List.of()));
        c.add(TestDesigns.storage("s-3", "r${x}", NAMES.get(11), "object", "1", List.of()));
        c.add(new Component.Pipeline(
                "pipe",
                NAMES.get(10),
                java.util.Optional.empty(),
                dev.skyloom.model.Survives.NONE,
                List.of(),
                java.util.Map.of()));
        c.add(TestDesigns.storage("s-4", "r${x}", NAMES.get(6), "EBS gp3", "1", List.of())
                .withName(NAMES.get(3)));
        List<Connection> k = List.of(TestDesigns.connection("k\"1", ConnectionType.REPLICATES_TO, "s=1", "s@2", "1"));
        return TestDesigns.design(String.join(" | ", NAMES.subList(0, 11)), c, k);
    }
}
