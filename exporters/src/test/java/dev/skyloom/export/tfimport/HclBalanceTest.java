package dev.skyloom.export.tfimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HclBalanceTest {
    @Test
    void balancedTextWithNestedStringsHeredocsAndCommentsPasses() {
        String hcl = """
                # a comment with { and "
                locals {
                  name = "${lookup(var.m, "k", "}")}-x" // closing brace inside a nested string
                  list = [1, (2 + 3)]
                  /* { [ ( */
                  text = <<-EOT
                    unbalanced { inside a heredoc is text
                    EOT
                  escaped = "a \\" quote"
                }
                """;
        assertEquals(Optional.empty(), HclBalance.problem(hcl));
    }

    @Test
    void everyKindOfUnclosedOpeningIsNamedWithItsLine() {
        assertEquals(
                Optional.of("line 1: '{' is never closed (file ends at line 3)"),
                HclBalance.problem("resource \"a\" \"b\" {\n  x = 1\n"));
        assertEquals(
                Optional.of("line 2: string is never closed (file ends at line 2)"),
                HclBalance.problem("x {\n  y = \"open"));
        assertEquals(Optional.of("line 1: heredoc <<EOT not closed"), HclBalance.problem("x = <<EOT\nno end\n"));
        assertEquals(Optional.of("line 1: ']' does not close the '(' of line 1"), HclBalance.problem("x = (1]"));
        assertEquals(Optional.of("line 1: '}' closes nothing"), HclBalance.problem("}"));
        assertEquals(Optional.of("line 1: comment not closed"), HclBalance.problem("/* x"));
    }
}
