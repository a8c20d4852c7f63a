namespace RigPlan.Testing;

/// <summary>A file in the temp folder that is deleted when disposed: <c>using var file = TempFile.With(text);</c>.</summary>
public sealed class TempFile : IDisposable
{
    private TempFile(string extension) => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rigplan-{Guid.NewGuid():N}{extension}");

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>A path for a file a command will write.</summary>
    public static TempFile Named(string extension = ".yaml") => new(extension);

    /// <summary>A file holding this text.</summary>
    public static TempFile With(string text, string extension = ".yaml")
    {
        var file = new TempFile(extension);
        File.WriteAllText(file.Path, text);
        return file;
    }

    /// <inheritdoc />
    public void Dispose() => File.Delete(Path);
}
