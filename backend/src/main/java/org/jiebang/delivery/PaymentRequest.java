package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A payment of an accepted milestone.
 *
 * @param amount the amount paid, at most what remains of the milestone's amount
 * @param paidOn the day it was paid (Asia/Shanghai), today when omitted; never in the future
 * @param note an optional note, such as a transfer reference
 */
public record PaymentRequest(@NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
		LocalDate paidOn, @Size(max = 500) String note) {
}
