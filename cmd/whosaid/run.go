package main

import (
	"context"
	"log/slog"
	"runtime/debug"
	"time"
	_ "time/tzdata" // IANA zones inside the binary: /timezone works in a scratch image

	"github.com/whosaid/whosaid/bot"
	"github.com/whosaid/whosaid/cmd/whosaid/config"
	"github.com/whosaid/whosaid/cmd/whosaid/daemon"
	"github.com/whosaid/whosaid/digest"
)

// nowEnv sets the daemon's clock at start, for end-to-end tests. It is
// read only when the configuration turns the test hooks on (http.debug).
const nowEnv = "WHOSAID_NOW"

// cmdRun runs `whosaid run -config FILE`: the daemon, until SIGTERM or
// SIGINT (ctx), then an ordered stop within daemon.ShutdownTimeout.
func cmdRun(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "run")
	path := fset.String("config", "config.yaml", "configuration `FILE` (see config.example.yaml)")
	setUsage(fset, env, "usage: whosaid run [-config FILE]\n\nThe bot token comes from TELEGRAM_BOT_TOKEN or the file.")
	if err := parseArgs(fset, args, noArgs); err != nil {
		return err
	}
	cfg, err := config.Load(*path, env.Getenv)
	if err != nil {
		return digest.Errorf(digest.EINVALID, "%v", err)
	}
	// Every log line and the error returned pass one scrubber: the token
	// (and webhook secret) in any encoding never reach the terminal.
	scrub := bot.NewScrubber(cfg.Telegram.Token, cfg.Telegram.Webhook.SecretToken)
	log := slog.New(scrub.Handler(cfg.Log.Logger(env.Stderr).Handler()))
	opts := daemon.Options{Logger: log}
	if s := env.Getenv(nowEnv); s != "" && cfg.HTTP.Debug {
		if opts.Now, err = time.Parse(time.RFC3339, s); err != nil {
			return digest.Errorf(digest.EINVALID, "%s: want RFC 3339", nowEnv)
		}
	}
	app, err := daemon.New(ctx, cfg, opts)
	if err != nil {
		log.Error("start_failed", slog.Any("error", err))
		return scrubbed(scrub, err)
	}
	defer app.Close()
	// Package initialisation (go-dateparser's tables, pulled in by the
	// HTML path) leaves some 20 MB of garbage on a heap that an idle
	// daemon would keep for minutes: hand it back now.
	debug.FreeOSMemory()
	return scrubbed(scrub, app.Run(ctx))
}

// scrubbed returns err with the secrets taken out of its text, including
// the user message of a *digest.Error, which the terminal shows instead of
// the error's own text.
func scrubbed(sc *bot.Scrubber, err error) error {
	if code := digest.ErrorCode(err); err != nil && code != digest.EINTERNAL {
		if msg := digest.ErrorMessage(err); sc.String(msg) != msg {
			return digest.Errorf(code, "%s", sc.String(msg))
		}
	}
	return sc.Error(err)
}
