using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Hosting;

public static class PortalCommands
{
    /// <summary>
    /// Runs the command the arguments name (words before any <c>--option</c>) and returns its exit
    /// code, or null when they name none and the web host should start.
    /// </summary>
    public static async Task<int?> RunPortalCommandAsync(this WebApplication app, string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        await app.Services.GetRequiredService<PortalInitialization>().Completion.WaitAsync(cancel.Token);
        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IPortalCommand>().ToList();
        var command = commands
            .Where(c => c.Name.Count <= words.Count && c.Name.SequenceEqual(words.Take(c.Name.Count), StringComparer.OrdinalIgnoreCase))
            .MaxBy(c => c.Name.Count);
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Ukendt kommando: {string.Join(' ', words)}. Kommandoerne er:");
            foreach (var known in commands.OrderBy(c => string.Join(' ', c.Name), StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"  {string.Join(' ', known.Name),-20} {known.Description}");
            }

            return 2;
        }

        try
        {
            return await command.RunAsync(words.Skip(command.Name.Count).ToList(), Console.Out, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Afbrudt.");
            return 130;
        }
    }
}
