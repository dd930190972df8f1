# whosaid: a static binary (no cgo: modernc.org/sqlite is pure Go) in an
# image with nothing else but CA certificates. Time zones are embedded in
# the binary (time/tzdata).
#
#   docker build -t whosaid .
#   docker run -d --name whosaid -e TELEGRAM_BOT_TOKEN=... \
#     -v whosaid-data:/data -v "$PWD/config.yaml:/etc/whosaid/config.yaml:ro" whosaid
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/whosaid ./cmd/whosaid

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/whosaid /usr/local/bin/whosaid
COPY config.example.yaml /etc/whosaid/config.yaml
# The database and the inbox live in /data (relative paths in the config
# are relative to it). Mount a volume there.
WORKDIR /data
VOLUME /data
# /healthz and /metrics: set http.listen to 0.0.0.0:9090 in the config to
# reach them from outside the container.
EXPOSE 9090
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/whosaid", "run", "-config", "/etc/whosaid/config.yaml"]
