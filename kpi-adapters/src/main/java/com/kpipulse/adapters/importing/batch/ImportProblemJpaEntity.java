package com.kpipulse.adapters.importing.batch;

import com.kpipulse.adapters.text.StoredMessages;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "import_problem")
public class ImportProblemJpaEntity {

    @Embeddable
    public record Key(@Column(name = "batch_id") UUID batchId, int position) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @MapsId("batchId")
    @ManyToOne
    @JoinColumn(name = "batch_id")
    public ImportBatchJpaEntity batch;

    public long line;

    @Column(name = "column_name")
    public String columnName;

    /** The sentence in English, for readers of the table; people read {@link #kind} and {@link #args} in theirs. */
    public String message;

    /** The key of the problem's kind in the texts bundle; null for a problem stored before V17. */
    public String kind;

    /** The problem's arguments as JSON ({@link StoredMessages}). */
    public String args;
}
