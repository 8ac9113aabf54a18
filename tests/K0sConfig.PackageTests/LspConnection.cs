using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace K0sConfig.PackageTests;

/// <summary>
/// A minimal Language Server Protocol client over a server process's stdio (JSON-RPC with Content-Length
/// framing). Server requests are answered by <see cref="RequestHandler"/>; notifications are kept so a test can
/// wait for one that matches. Every message in both directions, and the server's stderr, goes to a log file.
/// </summary>
internal sealed class LspConnection : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Dictionary<long, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private readonly StreamWriter _log;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private readonly Task _errorReader;
    private long _nextId;

    private LspConnection(Process process, StreamWriter log)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _log = log;
        _reader = Task.Run(ReadLoop);
        _errorReader = Task.Run(ErrorLoop);
    }

    /// <summary>Answers a server request: (method, params) to result.</summary>
    public Func<string, JsonNode?, JsonNode?> RequestHandler { get; set; } = (_, _) => null;

    public string LogPath { get; private init; } = string.Empty;

    public static LspConnection Start(string fileName, string workingDirectory, string logPath)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        DotNet.Sanitize(start.Environment);
        var log = new StreamWriter(logPath, append: false, new UTF8Encoding(false)) { AutoFlush = true };
        log.WriteLine($"# start {fileName} in {workingDirectory}");
        Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        return new LspConnection(process, log) { LogPath = logPath };
    }

    public string LogText()
    {
        lock (_log)
        {
            _log.Flush();
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        long id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            _pending[id] = answer;
        }

        await SendAsync(new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters });
        try
        {
            return await answer.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no answer to {method} within {timeout}");
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters) => SendAsync(new JsonObject { ["method"] = method, ["params"] = parameters });

    public int NotificationCount
    {
        get
        {
            lock (_notifications)
            {
                return _notifications.Count;
            }
        }
    }

    /// <summary>Waits for the first notification at or after <paramref name="from"/> that matches.</summary>
    public (int Index, JsonObject Message) WaitFor(int from, Func<JsonObject, bool> match, TimeSpan timeout, string what)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        lock (_notifications)
        {
            int i = from;
            while (true)
            {
                for (; i < _notifications.Count; i++)
                {
                    if (match(_notifications[i]))
                    {
                        return (i, _notifications[i]);
                    }
                }

                if (_reader.IsCompleted)
                {
                    throw new IOException("the language server closed the connection while waiting for " + what);
                }

                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"no {what} within {timeout}");
                }

                Monitor.Wait(_notifications, left);
            }
        }
    }

    public async Task ShutdownAsync(TimeSpan timeout)
    {
        try
        {
            await RequestAsync("shutdown", null, timeout);
            await NotifyAsync("exit", null);
            using var wait = new CancellationTokenSource(timeout);
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            Log("###", "shutdown: " + e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Log("###", "kill: " + e.Message);
        }

        _stop.Cancel();
        await Task.WhenAny(Task.WhenAll(_reader, _errorReader), Task.Delay(2000));
        lock (_log)
        {
            _log.Dispose();
        }

        _process.Dispose();
    }

    private void Log(string direction, string text)
    {
        lock (_log)
        {
            _log.WriteLine($"+{_clock.Elapsed.TotalSeconds,8:F3}s {direction} {text}");
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        message["jsonrpc"] = "2.0";
        string json = message.ToJsonString();
        byte[] body = Encoding.UTF8.GetBytes(json);
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        Log("-->", json);
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<JsonObject?> ReadMessageAsync()
    {
        int length = -1;
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            line.Clear();
            while (true)
            {
                if (await _output.ReadAsync(one, _stop.Token) == 0)
                {
                    return null;
                }

                if (one[0] == '\n')
                {
                    break;
                }

                if (one[0] != '\r')
                {
                    line.Append((char)one[0]);
                }
            }

            if (line.Length == 0)
            {
                break;
            }

            string header = line.ToString();
            int colon = header.IndexOf(':');
            if (colon > 0 && header[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(header[(colon + 1)..].Trim());
            }
        }

        if (length < 0)
        {
            throw new InvalidDataException("a message without Content-Length");
        }

        byte[] body = new byte[length];
        await _output.ReadExactlyAsync(body, _stop.Token);
        string json = Encoding.UTF8.GetString(body);
        Log("<--", json);
        return JsonNode.Parse(json)!.AsObject();
    }

    private async Task ReadLoop()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                JsonObject? message = await ReadMessageAsync();
                if (message == null)
                {
                    break;
                }

                bool hasMethod = message.TryGetPropertyValue("method", out JsonNode? method);
                bool hasId = message.TryGetPropertyValue("id", out JsonNode? id);
                if (hasMethod && hasId)
                {
                    // A request from the server: answer at once, from this loop, or the server waits forever.
                    JsonNode? result = RequestHandler(method!.GetValue<string>(), message["params"]);
                    _ = SendAsync(new JsonObject { ["id"] = id!.DeepClone(), ["result"] = result });
                }
                else if (hasMethod)
                {
                    lock (_notifications)
                    {
                        _notifications.Add(message);
                        Monitor.PulseAll(_notifications);
                    }
                }
                else if (hasId)
                {
                    TaskCompletionSource<JsonNode?>? answer;
                    lock (_pending)
                    {
                        _pending.Remove(id!.GetValue<long>(), out answer);
                    }

                    if (message.TryGetPropertyValue("error", out JsonNode? error) && error != null)
                    {
                        answer?.TrySetException(new InvalidOperationException("LSP error: " + error.ToJsonString()));
                    }
                    else
                    {
                        answer?.TrySetResult(message["result"]);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException e)
        {
            Log("###", "reader: " + e.Message);
        }
        finally
        {
            lock (_pending)
            {
                foreach (TaskCompletionSource<JsonNode?> answer in _pending.Values)
                {
                    answer.TrySetException(new IOException("the language server closed the connection"));
                }
            }

            lock (_notifications)
            {
                Monitor.PulseAll(_notifications);
            }
        }
    }

    private async Task ErrorLoop()
    {
        try
        {
            string? line;
            while ((line = await _process.StandardError.ReadLineAsync()) != null)
            {
                Log("ERR", line);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }
}
