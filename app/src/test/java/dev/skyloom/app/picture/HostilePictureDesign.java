package dev.skyloom.app.picture;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.fixtures.HostileText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A design whose names try every markup and encoding trick of {@link HostileText}: quotes, markup, CDATA
 * ends, emoji, RTL, huge. Eight names sit on the components of a small design, every other one on a bucket.
 */
final class HostilePictureDesign {
    private static final List<String> ON_COMPONENTS = List.of(
            "quote \" apostrophe ' end",
            "<b>less</b> & <i>more</i>",
            "cdata ]]> end",
            HostileText.LINE_BREAKS,
            "\uD83D\uDE80\u200D\uD83D\uDD25 rocket",
            HostileText.RTL,
            "\u4E2D\u6587 \u65E5\u672C\u8A9E",
            HostileText.LONG);

    private HostilePictureDesign() {}

    static Design create() {
        Map<String, String> none = Map.of();
        List<Component> c = new ArrayList<>();
        c.add(new Component.Provider("aws", ON_COMPONENTS.get(0), "aws", none));
        c.add(new Component.Region(
                "fra", ON_COMPONENTS.get(1), Optional.of("aws"), "eu-central-1", Optional.empty(), none));
        c.add(new Component.Region(
                "site", ON_COMPONENTS.get(6), Optional.of("aws"), "custom", Optional.of("DE"), none));
        c.add(TestDesigns.pool("p1", "fra", "p5.48xlarge", 2).withName(ON_COMPONENTS.get(2)));
        c.add(TestDesigns.pool("p2", "fra", "p5.48xlarge", 2).withName(ON_COMPONENTS.get(7)));
        c.add(new Component.Storage(
                "s1",
                ON_COMPONENTS.get(3),
                Optional.of("fra"),
                "object",
                BigDecimal.TEN,
                List.of("x"),
                Optional.empty(),
                none));
        c.add(new Component.Storage(
                "s2",
                ON_COMPONENTS.get(4),
                Optional.of("site"),
                "object",
                BigDecimal.ONE,
                List.of(),
                Optional.empty(),
                none));
        c.add(new Component.Pipeline("etl", ON_COMPONENTS.get(5), Optional.empty(), Survives.NONE, List.of(), none));
        for (int i = 0; i < HostileText.ALL.size(); i++) {
            String name = HostileText.ALL.get(i);
            if (!ON_COMPONENTS.contains(name)) {
                c.add(new Component.Storage(
                        "h" + i,
                        name,
                        Optional.of("fra"),
                        "object",
                        BigDecimal.ONE,
                        List.of(),
                        Optional.empty(),
                        none));
            }
        }
        List<Connection> k = List.of(
                new Connection("k1", ConnectionType.READS, "etl", "s1", BigDecimal.valueOf(3), none),
                new Connection("k2", ConnectionType.RUNS_ON, "etl", "p2", BigDecimal.ZERO, none),
                new Connection("k3", ConnectionType.REPLICATES_TO, "s1", "s2", BigDecimal.ONE, none),
                new Connection("k4", ConnectionType.WRITES, "etl", "s2", BigDecimal.ONE, none));
        return new Design(
                String.join(" | ", ON_COMPONENTS),
                "USD",
                Assumptions.DEFAULT,
                List.of(new DataClass("x", "X", List.of("EU"), none)),
                c,
                k,
                Map.of(),
                none);
    }
}
