using System.Collections.Immutable;

namespace RigPlan.Core.Builds;

/// <summary>The outcome of reading a build file: the build when it is valid, and every problem found.</summary>
public sealed record BuildReadResult(BuildSpec? Build, ImmutableArray<InputError> Errors)
{
    /// <summary>True when the file described a valid build.</summary>
    public bool Ok => Build is not null && Errors.IsEmpty;
}
