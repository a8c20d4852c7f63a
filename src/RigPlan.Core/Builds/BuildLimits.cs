namespace RigPlan.Core.Builds;

/// <summary>Bounds on what a build file may ask for; past them the file is refused with a clear message.</summary>
public static class BuildLimits
{
    /// <summary>Largest build file read (a real one is a few kB).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Most GPUs in one machine (the largest PCIe-switch servers hold 16 or 20; 64 leaves room).</summary>
    public const int MaxGpusPerNode = 64;

    /// <summary>Most identical machines of one kind.</summary>
    public const int MaxNodeCount = 10_000;

    /// <summary>Most parts of one kind in a group (DIMMs, PSUs, NICs).</summary>
    public const int MaxGroupCount = 64;
}
