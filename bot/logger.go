package bot

import (
	"fmt"
	"log/slog"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// libraryLogger routes the v5 library's log lines (it logs request
// parameters and responses in debug mode) through slog, token scrubbed.
type libraryLogger struct {
	log   *slog.Logger
	scrub *Scrubber
}

func (l libraryLogger) Println(v ...any) { l.write(fmt.Sprintln(v...)) }

func (l libraryLogger) Printf(format string, v ...any) { l.write(fmt.Sprintf(format, v...)) }

func (l libraryLogger) write(s string) {
	s = l.scrub.String(s)
	l.log.Debug("telegram_library", slog.String("line", strings.TrimSpace(s)))
}

// RouteLibraryLog sends the v5 library's own log output to l at debug
// level with token scrubbed in every encoding (NewScrubber). The library keeps its logger in a package
// variable: daemon.New calls this before its first API call.
func RouteLibraryLog(l *slog.Logger, token string) error {
	return tgbotapi.SetLogger(libraryLogger{log: l, scrub: NewScrubber(token)})
}
