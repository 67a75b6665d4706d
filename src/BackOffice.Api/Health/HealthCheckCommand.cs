namespace BackOffice.Api.Health;

/// <summary>
/// <c>dotnet BackOffice.Api.dll healthcheck [url]</c>: exits 0 when the instance answers Healthy on <c>/health/ready</c>.
/// The runtime image has no curl; a container health check calls this instead.
/// </summary>
public static class HealthCheckCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://localhost:8080/health/ready";
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var status = await http.GetStringAsync(new Uri(url));
            Console.WriteLine(status);
            return status == "Healthy" ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }
}
