package dev.skyloom.app.picture;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A design whose names try every markup and encoding trick: quotes, markup, CDATA ends, emoji, RTL, huge. */
final class HostilePictureDesign {
    static final List<String> NAMES = List.of(
            "quote \" apostrophe ' end",
            "<b>less</b> & <i>more</i>",
            "cdata ]]> end",
            "line one\nline two\r\n\ttabbed",
            "\uD83D\uDE80\u200D\uD83D\uDD25 rocket",
            "\u202Egnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
            "\u4E2D\u6587 \u65E5\u672C\u8A9E",
            "N".repeat(10_000));

    private HostilePictureDesign() {}

    static Design create() {
        Map<String, String> none = Map.of();
        List<Component> c = new ArrayList<>();
        c.add(new Component.Provider("aws", NAMES.get(0), "aws", none));
        c.add(new Component.Region("fra", NAMES.get(1), Optional.of("aws"), "eu-central-1", Optional.empty(), none));
        c.add(new Component.Region("site", NAMES.get(6), Optional.of("aws"), "custom", Optional.of("DE"), none));
        c.add(pool("p1", NAMES.get(2), "fra"));
        c.add(pool("p2", NAMES.get(7), "fra"));
        c.add(new Component.Storage(
                "s1",
                NAMES.get(3),
                Optional.of("fra"),
                "object",
                BigDecimal.TEN,
                List.of("x"),
                Optional.empty(),
                none));
        c.add(new Component.Storage(
                "s2", NAMES.get(4), Optional.of("site"), "object", BigDecimal.ONE, List.of(), Optional.empty(), none));
        c.add(new Component.Pipeline("etl", NAMES.get(5), Optional.empty(), Survives.NONE, List.of(), none));
        List<Connection> k = List.of(
                new Connection("k1", ConnectionType.READS, "etl", "s1", BigDecimal.valueOf(3), none),
                new Connection("k2", ConnectionType.RUNS_ON, "etl", "p2", BigDecimal.ZERO, none),
                new Connection("k3", ConnectionType.REPLICATES_TO, "s1", "s2", BigDecimal.ONE, none),
                new Connection("k4", ConnectionType.WRITES, "etl", "s2", BigDecimal.ONE, none));
        return new Design(
                String.join(" | ", NAMES),
                "USD",
                Assumptions.DEFAULT,
                List.of(new DataClass("x", "X", List.of("EU"), none)),
                c,
                k,
                Map.of(),
                none);
    }

    private static Component.GpuPool pool(String id, String name, String parent) {
        return new Component.GpuPool(
                id,
                name,
                Optional.of(parent),
                "p5.48xlarge",
                2,
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of());
    }
}
