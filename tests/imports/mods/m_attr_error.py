# Reads an attribute that the module it imports does not have.
import m_basic
x = m_basic.missing_name
