package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of finding codes lists exactly the codes the registered checks declare. */
class ReadmeChecksTableTest {
    private static final Pattern CODE = Pattern.compile("`([a-z]*)(\\.[a-z-]+)`");

    @Test
    void theReadmeTableListsEveryDeclaredCodeAndNoOther() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (DesignCheck c : Checks.standard()) {
            declared.addAll(c.codes());
        }
        assertEquals(declared, codesInTable(Files.readAllLines(Path.of("..", "README.md"))));
    }

    /**
     * The codes in the first column of the table under "## Checks"; {@code `.suffix`} continues the check
     * of the code before it in the same cell ({@code `catalog.unknown-region`, `.no-region`}).
     */
    static Set<String> codesInTable(List<String> readme) {
        Set<String> codes = new TreeSet<>();
        int start = readme.indexOf("## Checks");
        boolean inTable = false;
        for (String line : readme.subList(start + 1, readme.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String first = line.split("\\|")[1];
            Matcher m = CODE.matcher(first);
            String prefix = "";
            while (m.find()) {
                if (!m.group(1).isEmpty()) {
                    prefix = m.group(1);
                }
                if (!prefix.isEmpty()) {
                    codes.add(prefix + m.group(2));
                }
            }
        }
        return codes;
    }
}
