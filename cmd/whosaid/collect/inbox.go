package collect

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
)

// inboxSource is the State key of an inbox folder.
func inboxSource(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return "inbox:" + dir
}

// collectInbox takes in the new and changed clipping files under dir. A
// file is known by its path relative to dir; its signature is its size,
// modification time and content hash, so an untouched file is not even
// read again and a touched file with the same content is not stored again.
func (c *Collector) collectInbox(ctx context.Context, dir string) (int, error) {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return 0, fmt.Errorf("inbox %s: %w", dir, err)
		}
	}
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			c.log.Warn("inbox_unreadable", slog.String("path", path), slog.Any("error", err))
			return nil
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && clip.Supported(path) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("inbox %s: %w", dir, err)
	}
	sort.Strings(files)
	src := inboxSource(dir)
	added := 0
	var errs []error
	for _, path := range files {
		if ctx.Err() != nil {
			return added, ctx.Err()
		}
		n, err := c.takeFile(ctx, src, dir, path)
		added += n
		if err != nil {
			errs = append(errs, err)
			c.log.Warn("inbox_file_failed", slog.String("path", path), slog.Any("error", err))
		}
	}
	return added, errors.Join(errs...)
}

// takeFile stores one inbox file unless it is unchanged since it was last
// taken in. A file that cannot be read as a clipping (empty, binary, too
// large) is recorded with its reason and tried again only when it changes.
func (c *Collector) takeFile(ctx context.Context, src, dir, path string) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	info, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	key, err := filepath.Rel(dir, path)
	if err != nil {
		key = path
	}
	if time.Since(info.ModTime()) < c.opts.Settle {
		c.log.Debug("inbox_file_settling", slog.String("path", path))
		return 0, nil // still being written, perhaps: next time
	}
	stamp := fmt.Sprintf("%d:%d", info.Size(), info.ModTime().UnixNano())
	old, seen, err := c.state.Seen(ctx, src, key)
	if err != nil {
		return 0, err
	}
	oldStamp, oldHash, _ := strings.Cut(old, "/")
	if seen && oldStamp == stamp {
		return 0, nil
	}
	var (
		hash string
		res  digest.SaveResult
	)
	cl, err := clip.ReadFile(path, clip.Options{})
	if err == nil {
		hash = contentHash(cl.Raw)
		if seen && hash == oldHash {
			return 0, c.state.MarkSeen(ctx, src, key, stamp+"/"+hash)
		}
		res, err = c.save(ctx, cl)
	}
	switch {
	case err == nil:
	case digest.ErrorCode(err) == digest.EINVALID:
		c.log.Warn("inbox_file_skipped", slog.String("path", path), slog.String("reason", digest.ErrorMessage(err)))
		hash = "invalid"
	default:
		return 0, fmt.Errorf("inbox %s: %w", path, err)
	}
	if err := c.state.MarkSeen(ctx, src, key, stamp+"/"+hash); err != nil {
		return 0, err
	}
	if err == nil && !res.Duplicate && hash != "invalid" {
		return 1, nil
	}
	return 0, nil
}

func contentHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
