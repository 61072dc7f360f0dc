package com.kpipulse.application.measure;

import java.time.LocalDate;

/**
 * How recent one source system's stored values are ("Метрика: данные по 22.11").
 *
 * @param lastDay the last calendar day covered by the system's latest stored period
 */
public record SourceFreshness(String sourceSystem, LocalDate lastDay) {
}
