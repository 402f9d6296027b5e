package org.jiebang.support;

import java.io.IOException;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * When a test fails because something got no answer in time (a request, a blocking read, an await), writes
 * what every thread of the JVM was doing and the connection pool's state at that moment: the whole dump to
 * {@code target/hang-reports/<test>.txt}, and the threads doing something (not idle in a pool) as one line
 * each to {@code target/hang-reports/summary.txt}, which {@code .ci/run} prints when the build fails.
 */
public class HangReport implements TestExecutionExceptionHandler {

	private static final Path FOLDER = Path.of("target", "hang-reports");

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (isTimeout(failure)) {
			try {
				write(context, failure);
			}
			catch (IOException | RuntimeException ex) {
				failure.addSuppressed(ex);
			}
		}
		throw failure;
	}

	static boolean isTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")
					|| message.contains("timeout") || message.contains("timed out")) {
				return true;
			}
		}
		return false;
	}

	private static void write(ExtensionContext context, Throwable failure) throws IOException {
		String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
		String pool = pool(context);
		StringBuilder dump = new StringBuilder(test).append(": ").append(failure).append('\n').append(pool).append("\n\n");
		List<String> busy = new ArrayList<>();
		for (ThreadInfo thread : threads) {
			dump.append(full(thread)).append('\n');
			if (thread.getThreadId() != Thread.currentThread().getId() && !idle(thread)) {
				busy.add("  " + oneLine(thread));
			}
		}
		Files.createDirectories(FOLDER);
		Files.writeString(FOLDER.resolve(test + ".txt"), dump, StandardCharsets.UTF_8);
		String summary = "Hang in " + test + " (" + failure.getClass().getSimpleName() + "); " + pool + "; threads not idle:\n"
				+ String.join("\n", busy) + "\n";
		Files.writeString(FOLDER.resolve("summary.txt"), summary, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		System.err.print(summary);
	}

	private static String pool(ExtensionContext context) {
		try {
			ApplicationContext application = SpringExtension.getApplicationContext(context);
			ConnectionFactory factory = application.getBean(ConnectionFactory.class);
			while (!(factory instanceof ConnectionPool) && factory instanceof Wrapped<?> wrapped
					&& wrapped.unwrap() instanceof ConnectionFactory inner) {
				factory = inner;
			}
			if (factory instanceof ConnectionPool pool && pool.getMetrics().isPresent()) {
				io.r2dbc.pool.PoolMetrics metrics = pool.getMetrics().get();
				return "pool: acquired " + metrics.acquiredSize() + ", idle " + metrics.idleSize() + ", pending "
						+ metrics.pendingAcquireSize() + ", allocated " + metrics.allocatedSize() + " of "
						+ metrics.getMaxAllocatedSize();
			}
			return "pool: " + factory.getClass().getSimpleName();
		}
		catch (RuntimeException ex) {
			return "pool: unknown (" + ex.getMessage() + ")";
		}
	}

	/** A thread parked or waiting in a pool's or selector's idle loop, with none of our or the drivers' frames. */
	private static boolean idle(ThreadInfo thread) {
		StackTraceElement[] stack = thread.getStackTrace();
		if (thread.getThreadState() == Thread.State.BLOCKED) {
			return false;
		}
		for (StackTraceElement frame : stack) {
			String type = frame.getClassName();
			if (type.startsWith("org.jiebang.") || type.startsWith("io.r2dbc.") || type.startsWith("org.h2.")
					|| type.startsWith("org.apache.lucene.") || type.startsWith("reactor.core.publisher.BlockingIterable")
					|| type.startsWith("reactor.core.publisher.BlockingSingleSubscriber")) {
				return false;
			}
		}
		return true;
	}

	private static String oneLine(ThreadInfo thread) {
		StringBuilder line = new StringBuilder(thread.getThreadName()).append(' ').append(thread.getThreadState());
		LockInfo lock = thread.getLockInfo();
		if (lock != null) {
			line.append(" on ").append(lock).append(thread.getLockOwnerName() == null ? "" : " held by " + thread.getLockOwnerName());
		}
		StackTraceElement[] stack = thread.getStackTrace();
		for (int i = 0, shown = 0; i < stack.length && shown < 4; i++) {
			if (i == 0 || !stack[i].getClassName().startsWith("java.")) {
				line.append(" < ").append(stack[i].getClassName().replaceAll("^.*\\.", "")).append('.')
					.append(stack[i].getMethodName()).append(':').append(stack[i].getLineNumber());
				shown++;
			}
		}
		return line.toString();
	}

	private static String full(ThreadInfo thread) {
		StringBuilder text = new StringBuilder("\"").append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
		if (thread.getLockInfo() != null) {
			text.append(" on ").append(thread.getLockInfo());
			if (thread.getLockOwnerName() != null) {
				text.append(" held by \"").append(thread.getLockOwnerName()).append('"');
			}
		}
		text.append('\n');
		for (StackTraceElement frame : thread.getStackTrace()) {
			text.append("    at ").append(frame).append('\n');
		}
		for (LockInfo synchronizer : thread.getLockedSynchronizers()) {
			text.append("    holds ").append(synchronizer).append('\n');
		}
		return text.toString();
	}

}
