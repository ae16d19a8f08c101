package dev.skyloom.export.terraform.hcl;

import static dev.skyloom.export.terraform.hcl.HclExpression.call;
import static dev.skyloom.export.terraform.hcl.HclExpression.list;
import static dev.skyloom.export.terraform.hcl.HclExpression.num;
import static dev.skyloom.export.terraform.hcl.HclExpression.ref;
import static dev.skyloom.export.terraform.hcl.HclExpression.str;
import static dev.skyloom.export.terraform.hcl.HclExpression.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HclWriterTest {
    @Test
    void alignsEqualsWithinRunsAndSeparatesNestedBlocksAsFmtDoes(@TempDir java.nio.file.Path dir) throws Exception {
        Map<String, HclExpression> tags = new LinkedHashMap<>();
        tags.put("Name", str("x"));
        tags.put("long_key", ref("var.y"));
        Block b = Block.builder("resource", "aws_instance", "web")
                .ref("provider", "aws.west")
                .blank()
                .attr("ami", "ami-1")
                .attr("instance_type", "t3.micro")
                .attr("tags", new HclExpression.ObjectExpr(tags))
                .attr("count", 2)
                .comment("a note")
                .attr("zone", template(ref("local.name"), "-a"))
                .block(Block.builder("ebs")
                        .attr("size", num(new BigDecimal("10.50")))
                        .build())
                .attr("after", true)
                .block(Block.builder("features").build())
                .build();
        String expected = "resource \"aws_instance\" \"web\" {\n"
                + "  provider = aws.west\n"
                + "\n"
                + "  ami           = \"ami-1\"\n"
                + "  instance_type = \"t3.micro\"\n"
                + "  tags = {\n"
                + "    Name     = \"x\"\n"
                + "    long_key = var.y\n"
                + "  }\n"
                + "  count = 2\n"
                + "  # a note\n"
                + "  zone = \"${local.name}-a\"\n"
                + "\n"
                + "  ebs {\n"
                + "    size = 10.5\n"
                + "  }\n"
                + "\n"
                + "  after = true\n"
                + "\n"
                + "  features {}\n"
                + "}\n";
        assertEquals(expected, HclWriter.write(List.of(b)));
        dev.skyloom.export.terraform.TerraformTools.assertFmtClean(dir, Map.of("main.tf", expected));
    }

    @Test
    void separatesTopLevelBlocksByOneBlankLineAndKeepsCommentsAttached() {
        String out = HclWriter.write(List.of(
                new Comment("first"),
                Block.builder("locals").attr("a", 1).build(),
                Block.builder("output", "o")
                        .attr("value", list(num(1), str("b")))
                        .build()));
        assertEquals("# first\nlocals {\n  a = 1\n}\n\noutput \"o\" {\n  value = [1, \"b\"]\n}\n", out);
    }

    @Test
    void writesMultiLineObjectAsLastCallArgument() {
        Map<String, HclExpression> t = new LinkedHashMap<>();
        t.put("Name", str("n"));
        String out = HclWriter.write(List.of(Block.builder("locals")
                .attr("tags", call("merge", ref("local.common"), new HclExpression.ObjectExpr(t)))
                .build()));
        assertEquals("locals {\n  tags = merge(local.common, {\n    Name = \"n\"\n  })\n}\n", out);
    }

    @Test
    void escapesLabelsAndQuotesNonIdentifierObjectKeys() {
        Map<String, HclExpression> t = new LinkedHashMap<>();
        t.put("a b", str("${x}"));
        String out = HclWriter.write(List.of(Block.builder("locals", "l\"1")
                .attr("m", new HclExpression.ObjectExpr(t))
                .build()));
        assertEquals("locals \"l\\\"1\" {\n  m = {\n    \"a b\" = \"$${x}\"\n  }\n}\n", out);
    }

    @Test
    void refusesTemplateTextThatWouldFormAnInterpolationMarker() {
        assertThrows(
                IllegalArgumentException.class,
                () -> HclWriter.write(List.of(Block.builder("locals")
                        .attr("x", template("cost$", ref("var.a")))
                        .build())));
    }
}
