"""Measures ResNet-50 and a small decoder LM training step on the local GPU, to compare with `rigplan predict train`.

Synthetic data, bf16 autocast, channels_last for ResNet-50, fused AdamW for the LM. Prints JSON lines.
"""
import json, sys, time

def emit(**kw):
    print(json.dumps(kw), flush=True)

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except Exception as e:  # noqa: BLE001
    emit(error=f"no torch: {e}")
    sys.exit(0)

emit(torch=torch.__version__, cuda=torch.cuda.is_available(), gpu=torch.cuda.get_device_name(0) if torch.cuda.is_available() else None)
dev = "cuda"

def timed(step, warmup, iters):
    for _ in range(warmup):
        step()
    torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(iters):
        step()
    torch.cuda.synchronize()
    return (time.perf_counter() - t) / iters

try:
    import torchvision
    model = torchvision.models.resnet50().to(dev).to(memory_format=torch.channels_last)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    b = 256
    x = torch.randn(b, 3, 224, 224, device=dev).to(memory_format=torch.channels_last)
    y = torch.randint(0, 1000, (b,), device=dev)
    def rn_step():
        with torch.autocast("cuda", dtype=torch.bfloat16):
            loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
    s = timed(rn_step, 10, 30)
    emit(workload="resnet50", batch=b, precision="bf16 autocast, channels_last, eager", images_per_s=b / s)
    del model, opt, x, y
    torch.cuda.empty_cache()
except Exception as e:  # noqa: BLE001
    emit(workload="resnet50", error=str(e))

class Block(nn.Module):
    def __init__(self, h, heads, ffn):
        super().__init__()
        self.h, self.heads = h, heads
        self.n1, self.n2 = nn.RMSNorm(h), nn.RMSNorm(h)
        self.qkv, self.o = nn.Linear(h, 3 * h, bias=False), nn.Linear(h, h, bias=False)
        self.gate, self.up, self.down = nn.Linear(h, ffn, bias=False), nn.Linear(h, ffn, bias=False), nn.Linear(ffn, h, bias=False)
    def forward(self, x):
        b, s, h = x.shape
        q, k, v = self.qkv(self.n1(x)).view(b, s, 3, self.heads, h // self.heads).permute(2, 0, 3, 1, 4)
        a = F.scaled_dot_product_attention(q, k, v, is_causal=True).transpose(1, 2).reshape(b, s, h)
        x = x + self.o(a)
        y = self.n2(x)
        return x + self.down(F.silu(self.gate(y)) * self.up(y))

try:
    L, h, heads, ffn, V, seq, b = 16, 2048, 16, 5632, 32000, 2048, 8
    emb = nn.Embedding(V, h)
    net = nn.Sequential(*[Block(h, heads, ffn) for _ in range(L)])
    head = nn.Linear(h, V, bias=False)
    lm = nn.ModuleDict(dict(emb=emb, net=net, head=head)).to(dev)
    params = sum(p.numel() for p in lm.parameters())
    opt = torch.optim.AdamW(lm.parameters(), lr=1e-4, fused=True)
    tok = torch.randint(0, V, (b, seq), device=dev)
    def lm_step():
        with torch.autocast("cuda", dtype=torch.bfloat16):
            logits = lm["head"](lm["net"](lm["emb"](tok)))
            loss = F.cross_entropy(logits.float().view(-1, V), tok.view(-1))
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
    s = timed(lm_step, 3, 10)
    tps = b * seq / s
    flops_per_token = 6 * params + 12 * L * h * seq
    emit(workload="decoder-lm", params=params, layers=L, hidden=h, seq=seq, batch=b, tokens_per_s=tps, model_tflops=tps * flops_per_token / 1e12,
         peak_mem_gib=torch.cuda.max_memory_allocated() / 2**30)
except Exception as e:  # noqa: BLE001
    emit(workload="decoder-lm", error=str(e))
