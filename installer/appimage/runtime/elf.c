/* Where the SquashFS image starts in a type-2 AppImage: right after the ELF runtime. */
#define _GNU_SOURCE
#include "runtime.h"

#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The runtime is a plain ELF; whatever follows its last byte is the image. The last byte is the end of
   the section header table in a normal link (it comes after every section), but the end of the last
   segment or section is taken too, so that a reordered or stripped layout still gives the true end.
   Only 64-bit little-endian ELF: the runtime is built for x86_64 only. */
off_t rt_image_offset(const char *path)
{
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    Elf64_Ehdr eh;
    off_t end = 0;
    if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
        eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        goto out;
    end = (off_t)(eh.e_shoff + (uint64_t)eh.e_shnum * eh.e_shentsize);
    const off_t phEnd = (off_t)(eh.e_phoff + (uint64_t)eh.e_phnum * eh.e_phentsize);
    if (phEnd > end)
        end = phEnd;
    for (unsigned i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph;
        if (pread(fd, &ph, sizeof ph, (off_t)(eh.e_phoff + (uint64_t)i * eh.e_phentsize)) != (ssize_t)sizeof ph) {
            end = 0;
            goto out;
        }
        if ((off_t)(ph.p_offset + ph.p_filesz) > end)
            end = (off_t)(ph.p_offset + ph.p_filesz);
    }
    for (unsigned i = 0; i < eh.e_shnum; ++i) {
        Elf64_Shdr sh;
        if (pread(fd, &sh, sizeof sh, (off_t)(eh.e_shoff + (uint64_t)i * eh.e_shentsize)) != (ssize_t)sizeof sh) {
            end = 0;
            goto out;
        }
        /* NOBITS (.bss) takes no room in the file. */
        if (sh.sh_type != SHT_NOBITS && (off_t)(sh.sh_offset + sh.sh_size) > end)
            end = (off_t)(sh.sh_offset + sh.sh_size);
    }
out:
    close(fd);
    return end;
}
