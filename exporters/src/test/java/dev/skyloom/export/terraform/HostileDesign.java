package dev.skyloom.export.terraform;

import dev.skyloom.export.Fixtures;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.List;

/** A design whose names and ids try every injection and encoding trick the exporters must survive. */
public final class HostileDesign {
    public static final List<String> NAMES = List.of(
            "quote \" and backslash \\ end",
            "line one\nline two\r\n\ttabbed",
            "${jndi:ldap://x}",
            "%{ for x in y }boom%{ endfor }",
            "x\"\n}\nresource \"evil\" \"r\" {\n  a = 1\n}\n# ",
            "=HYPERLINK(\"http://x\")",
            "@SUM(1)",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "\uD83D\uDE80\u200D\uD83D\uDD25 rocket",
            "\u202Egnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
            "N".repeat(10_000));

    private HostileDesign() {}

    public static Design create() {
        List<Component> c = new ArrayList<>();
        c.add(new Component.Provider("aws\"}", NAMES.get(0), "aws", java.util.Map.of()));
        c.add(Fixtures.region("r${x}", "aws\"}", "us-east-1").withName(NAMES.get(1)));
        c.add(Fixtures.pool("p%{a}", NAMES.get(2), "r${x}", "p5.48xlarge", 2));
        c.add(Fixtures.pool("p\"}resource", NAMES.get(4), "r${x}", "p4d.24xlarge\"\n}", 1));
        c.add(Fixtures.storage("s=1", NAMES.get(5), "r${x}", "object", "1"));
        c.add(Fixtures.storage("s@2", NAMES.get(9), "r${x}", "object", "1"));
        c.add(Fixtures.storage("s-3", NAMES.get(11), "r${x}", "object", "1"));
        c.add(new Component.Pipeline(
                "pipe",
                NAMES.get(10),
                java.util.Optional.empty(),
                dev.skyloom.model.Survives.NONE,
                List.of(),
                java.util.Map.of()));
        c.add(Fixtures.storage("s-4", NAMES.get(6), "r${x}", "EBS gp3", "1").withName(NAMES.get(3)));
        List<Connection> k = List.of(Fixtures.connection("k\"1", ConnectionType.REPLICATES_TO, "s=1", "s@2", "1"));
        return Fixtures.design(String.join(" | ", NAMES.subList(0, 11)), c, k);
    }
}
