using RigPlan.Core.Catalog;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>What a command needs from the outside world: where to write, the date, and the catalog.</summary>
internal sealed class CliContext
{
    private CatalogLoadResult? _loaded;

    public CliContext(IAnsiConsole console, TextWriter stdout, TextWriter stderr, TimeProvider time, string? catalogDirectory = null)
    {
        Console = console;
        Stdout = stdout;
        Stderr = stderr;
        Time = time;
        CatalogDirectory = catalogDirectory;
    }

    /// <summary>Rich output: tables and colour.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Plain standard output, for JSON.</summary>
    public TextWriter Stdout { get; }

    /// <summary>Standard error, for problems.</summary>
    public TextWriter Stderr { get; }

    public TimeProvider Time { get; }

    /// <summary>An explicit catalog folder (tests, --catalog); null finds the shipped one.</summary>
    public string? CatalogDirectory { get; set; }

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    /// <summary>Loads the catalog once; on failure reports every problem and returns null.</summary>
    public HardwareCatalog? LoadCatalog()
    {
        _loaded ??= CatalogLoader.LoadDirectory(CatalogLocator.Find(CatalogDirectory));
        if (_loaded.Ok)
        {
            return _loaded.Catalog;
        }

        Stderr.WriteLine($"error: the catalog has {_loaded.Errors.Length} problem(s):");
        foreach (var error in _loaded.Errors.Take(50))
        {
            Stderr.WriteLine($"  {error}");
        }

        if (_loaded.Errors.Length > 50)
        {
            Stderr.WriteLine($"  ... and {_loaded.Errors.Length - 50} more");
        }

        return null;
    }

    /// <summary>Reports a user mistake on standard error and returns the bad-input exit code.</summary>
    public int BadInput(string message, string? fix = null)
    {
        Stderr.WriteLine($"error: {message}");
        if (fix is not null)
        {
            Stderr.WriteLine($"  fix: {fix}");
        }

        return ExitCodes.BadInput;
    }
}
