package com.kpipulse.application.testing;

import com.kpipulse.application.importing.ImportProgress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The rows checked per upload and person, in a map; every report is also kept in order for tests to read. */
public final class InMemoryImportProgress implements ImportProgress {

    private final Map<String, Long> checked = new ConcurrentHashMap<>();
    private final List<Long> reported = new CopyOnWriteArrayList<>();

    @Override
    public void checked(UUID upload, String person, long rows) {
        checked.put(upload + "|" + person, rows);
        reported.add(rows);
    }

    @Override
    public Optional<Long> checkedSoFar(UUID upload, String person) {
        return Optional.ofNullable(checked.get(upload + "|" + person));
    }

    /** Every report so far, in the order they came. */
    public List<Long> reported() {
        return List.copyOf(reported);
    }
}
