package com.kpipulse.adapters.importing.pull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "pull_connection")
public class PullConnectionJpaEntity {

    @Id
    public UUID id;

    public String name;

    public String kind;

    public String account;

    @Column(name = "token_ref")
    public String tokenRef;

    public String currency;

    @Column(name = "window_days")
    public int windowDays;

    public boolean enabled;

    @Column(name = "base_url")
    public String baseUrl;

    @Column(name = "last_sync_at")
    public Instant lastSyncAt;

    @Column(name = "last_sync_status")
    public String lastSyncStatus;

    @Column(name = "last_sync_message")
    public String lastSyncMessage;

    @Column(name = "last_import_batch")
    public UUID lastImportBatch;

    @Override
    public String toString() {
        return "PullConnectionJpaEntity[" + name + "]";
    }
}
