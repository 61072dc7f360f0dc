package com.kpipulse.adapters.importing.batch;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImportBatchPanacheRepository implements PanacheRepositoryBase<ImportBatchJpaEntity, UUID> {

    public List<ImportBatchJpaEntity> latest(int limit) {
        return findAll(Sort.descending("importedAt")).page(Page.ofSize(limit)).list();
    }
}
