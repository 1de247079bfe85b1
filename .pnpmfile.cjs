// @scalar/mock-server 0.14 (a peer the benchmarks measure, bench/ only) declares Node >= 22 but runs on Node 20
// (../shared/TOOLCHAIN.md); with engine-strict its install fails, so the engines field of @scalar packages is dropped.
module.exports = {
  hooks: {
    readPackage(manifest) {
      if (manifest.name?.startsWith("@scalar/")) delete manifest.engines;
      return manifest;
    },
  },
};
