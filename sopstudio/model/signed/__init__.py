"""After the signature: signed PDFs verified offline (pyHanko), trusted certificates, and
attaching a verified signed PDF to the decree and SOPs it was made from."""
