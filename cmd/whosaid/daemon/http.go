package daemon

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// handler serves /healthz and /metrics, and with http.debug the test hooks:
// GET/POST /debug/now (?t=RFC3339 sets the clock), POST /debug/digests
// (runs SendDigests now), POST /debug/collect (collects now, then checks
// the watches) and POST
// /debug/drained (answers once the outbox has nothing pending).
func (a *App) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(a.metrics.reg, promhttp.HandlerOpts{}))
	if a.cfg.HTTP.Debug {
		mux.HandleFunc("/debug/now", a.debugNow)
		mux.HandleFunc("POST /debug/digests", func(w http.ResponseWriter, r *http.Request) {
			n, err := a.digester.SendDigests(r.Context())
			writeJSON(w, err, map[string]any{"digests": n})
		})
		mux.HandleFunc("POST /debug/collect", func(w http.ResponseWriter, r *http.Request) {
			n, err := a.collector.Collect(r.Context())
			a.alert(r.Context())
			writeJSON(w, err, map[string]any{"clippings": n})
		})
		mux.HandleFunc("POST /debug/drained", a.debugDrained)
	}
	return mux
}

// healthz answers 200 when the database answers, 503 otherwise.
func (a *App) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := a.store.SchemaVersion(ctx); err != nil {
		a.log.Warn("healthz_failed", slog.Any("error", err))
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

func (a *App) debugNow(w http.ResponseWriter, r *http.Request) {
	if s := r.FormValue("t"); s != "" && r.Method == http.MethodPost {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			http.Error(w, "t: want RFC 3339", http.StatusBadRequest)
			return
		}
		a.clock.Set(t)
		a.log.Info("debug_clock_set", slog.Time("now", t))
	}
	writeJSON(w, nil, map[string]any{"now": a.clock.Now().Format(time.RFC3339Nano)})
}

// debugDrained waits (up to 30 s) until every outbox message is sent or
// failed, so that a test can kill the process knowing nothing is in flight.
func (a *App) debugDrained(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	n, err := a.drained(ctx)
	writeJSON(w, err, map[string]any{"pending": n})
}

func writeJSON(w http.ResponseWriter, err error, v map[string]any) {
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		v["error"] = err.Error()
	}
	json.NewEncoder(w).Encode(v)
}
