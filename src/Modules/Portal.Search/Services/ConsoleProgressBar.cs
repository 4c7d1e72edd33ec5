using System.Globalization;

namespace Portal.Search.Services;

/// <summary>
/// A progress bar on one line redrawn in place in a terminal; when the output goes to a file or a
/// pipe, a line for every tenth instead.
/// </summary>
internal sealed class ConsoleProgressBar(TextWriter output)
{
    private const int Width = 30;
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private readonly bool _inPlace = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
    private int _lastTenth = -1;
    private bool _drawn;

    public void Show(RebuildProgress progress)
    {
        var fraction = progress.Total == 0 ? 1d : Math.Clamp((double)progress.Done / progress.Total, 0, 1);
        var line = string.Create(Danish, $"[{new string('#', (int)(fraction * Width)),-Width}] {fraction,4:P0}  {progress.Done:N0} af {progress.Total:N0}");
        if (_inPlace)
        {
            output.Write("\r" + line);
            _drawn = true;
            return;
        }

        var tenth = (int)(fraction * 10);
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine(line);
        }
    }

    public void Done()
    {
        if (_drawn)
        {
            output.WriteLine();
            _drawn = false;
        }
    }
}
