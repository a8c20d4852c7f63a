namespace RigPlan.Core;

/// <summary>A problem found in an input file (catalog, price or build file): where it is, what is wrong, and how to fix it.</summary>
/// <param name="File">The file, as given to the loader.</param>
/// <param name="Line">The 1-based line the row starts on.</param>
/// <param name="Field">The column, when the problem is in one cell.</param>
/// <param name="Message">What is wrong, with the offending value.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record InputError(string File, int Line, string? Field, string Message, string? Fix = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Field is null ? $"{File}:{Line}" : $"{File}:{Line}: field '{Field}'";
        return Fix is null ? $"{where}: {Message}" : $"{where}: {Message}; fix: {Fix}";
    }
}
