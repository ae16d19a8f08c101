package dev.skyloom.app.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.ExampleFiles;
import dev.skyloom.model.simulate.OutageResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhatIfModelTest {
    @Test
    void failingEachProviderMarksExactlyThePipelinesTheCliReports() {
        int compared = 0;
        for (Path file : ExampleFiles.all()) {
            Design d = Examples.read(file);
            WhatIfModel m = new WhatIfModel(TaskExecutor.direct(), () -> d, () -> Optional.of(Examples.catalog()));
            m.activeProperty().set(true);
            Set<String> providers = new LinkedHashSet<>();
            d.components().stream()
                    .filter(Component.Provider.class::isInstance)
                    .forEach(c -> providers.add(((Component.Provider) c).provider()));
            for (String p : providers) {
                m.failed().clear();
                m.setFailed(p, true);
                OutageResult r = m.resultProperty().get().orElseThrow();
                JsonNode cli = Examples.cliJson("simulate", file.toString(), "--fail", p, "--json");
                List<String> down = new ArrayList<>();
                cli.get("down").forEach(n -> down.add(n.get("id").asText()));
                assertEquals(down, r.downIds(), file + " failing " + p);
                assertEquals(cli.get("gpus").get("surviving").asDouble(), r.survivingGpus(), 1e-9);
                compared++;
            }
        }
        assertTrue(compared >= 4, "every example has providers to fail");
    }

    @Test
    void leavingTheModeClearsTheResultAndTheTargetsListTheDesignsRegionsAndProviders() {
        Design d = Examples.read(ExampleFiles.path("global-inference"));
        WhatIfModel m = new WhatIfModel(TaskExecutor.direct(), () -> d, () -> Optional.of(Examples.catalog()));
        m.activeProperty().set(true);
        assertEquals(8, m.targets().size());
        m.setFailed("aws-iad", true);
        assertTrue(m.resultProperty().get().isPresent());
        m.activeProperty().set(false);
        assertTrue(m.resultProperty().get().isEmpty());
    }
}
