package com.kpipulse.adapters.importing.pull;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PullConnectionPanacheRepository implements PanacheRepositoryBase<PullConnectionJpaEntity, UUID> {

    public List<PullConnectionJpaEntity> enabled() {
        return list("enabled", Sort.ascending("name"), true);
    }

    public Optional<PullConnectionJpaEntity> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}
