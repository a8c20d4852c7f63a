namespace RigPlan.Core.Workloads;

/// <summary>How a model is spread over several GPUs.</summary>
public enum SplitStrategy
{
    /// <summary>One GPU holds everything.</summary>
    Single,

    /// <summary>Whole layers per GPU, in proportion to memory (llama.cpp's default split; pipeline style).</summary>
    LayerSplit,

    /// <summary>Every layer's matrices split across all GPUs (vLLM / TensorRT-LLM tensor parallelism).</summary>
    TensorParallel,
}
