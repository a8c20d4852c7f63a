namespace RigPlan.Core.Workloads;

/// <summary>Bytes per KV-cache element in the formats inference engines offer.</summary>
/// <remarks>
/// fp16/bf16: 2 bytes; fp8: 1 byte; q8_0 and q4_0 follow ggml's block layouts (34 bytes per 32 values and 18 bytes per
/// 32 values, llama.cpp ggml-common.h), as llama.cpp's --cache-type-k/-v use them.
/// </remarks>
public static class KvCacheFormats
{
    /// <summary>Bytes per element by format name.</summary>
    public static readonly IReadOnlyDictionary<string, double> BytesPerElement = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["fp16"] = 2,
        ["bf16"] = 2,
        ["fp8"] = 1,
        ["q8_0"] = 34.0 / 32,
        ["q4_0"] = 18.0 / 32,
    };
}
