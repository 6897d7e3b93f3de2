package io.github.esdsl.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap during a run: the most heap in use right after any garbage collection (what
 * survived it), and a probe that forces a full collection and reads what is still reachable.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

	private final AtomicLong peakAfterGc = new AtomicLong();

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	HeapWatch() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this, null, null);
				this.emitters.add(emitter);
			}
		}
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long used = 0;
		for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
			used += usage.getUsed();
		}
		this.peakAfterGc.accumulateAndGet(used, Math::max);
	}

	/** @return the most heap in use after a collection since the last reset, in bytes */
	long peakAfterGc() {
		return this.peakAfterGc.get();
	}

	void reset() {
		this.peakAfterGc.set(0);
	}

	/**
	 * Forces a full collection and returns the heap still in use: what the running code keeps
	 * reachable at this moment.
	 * @return bytes
	 */
	static long retainedNow() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	@Override
	public void close() {
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// already gone
			}
		}
	}

}
